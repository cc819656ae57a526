-- A user's palettes, newest first; the latest is "my palette". The palette itself is a document
-- (colours with names, hex and roles) that is always read and written whole.
create table personal_palette (
    id          uuid         primary key,
    user_id     varchar(64)  not null,
    analysis_id varchar(64),
    season      varchar(32)  not null,
    confidence  double precision not null,
    palette     jsonb        not null,
    created_at  timestamptz  not null default now()
);
create index personal_palette_user_latest on personal_palette (user_id, created_at desc);
