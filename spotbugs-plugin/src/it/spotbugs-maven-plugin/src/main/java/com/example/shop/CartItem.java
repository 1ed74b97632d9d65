package com.example.shop;

public class CartItem {
}
