-- Runs once, on the first start of the postgres container (empty data volume), as POSTGRES_USER.
-- One database per service (Axon event store + service tables) and one for Keycloak.
-- All are owned by POSTGRES_USER; for production give each service its own role and password.
CREATE DATABASE inspection;
CREATE DATABASE accountability;
CREATE DATABASE training;
CREATE DATABASE infrastructure;
CREATE DATABASE integration;
CREATE DATABASE keycloak;
