--liquibase formatted sql
--changeset gina:1
DELETE FROM staging;
