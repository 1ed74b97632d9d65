CREATE TABLE customer (
    id         BIGSERIAL PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE,
    phone      TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id          BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    status      TEXT NOT NULL,
    archived    BOOLEAN NOT NULL DEFAULT false,
    total       NUMERIC(12, 2) NOT NULL
);

CREATE TABLE proforma (
    idproforma BIGSERIAL PRIMARY KEY,
    total      NUMERIC(12, 2),
    status     TEXT
);

CREATE TABLE user_session (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL);
CREATE TABLE report_cache (day DATE PRIMARY KEY, total NUMERIC(14, 2));
CREATE TABLE legacy_coupon (code TEXT PRIMARY KEY);
CREATE TABLE feature_flag (name TEXT PRIMARY KEY, enabled BOOLEAN NOT NULL);
