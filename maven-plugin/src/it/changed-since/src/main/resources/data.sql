UPDATE product SET price = 0;
