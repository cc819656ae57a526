-- One database per service (DESIGN.md §1), all owned by the Compose user. Runs once, when the
-- postgres volume is first created.
CREATE DATABASE identity;
CREATE DATABASE imaging;
CREATE DATABASE colormatching;
CREATE DATABASE catalog;
CREATE DATABASE recommendation;
CREATE DATABASE notification;
