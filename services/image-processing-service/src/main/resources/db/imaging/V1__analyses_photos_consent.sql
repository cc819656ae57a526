-- Analyses: the derived colours of a photo, never its pixels. The result is a document read and
-- written whole; the columns beside it are what queries filter and sort on. user_id is null for an
-- anonymous analysis, which is readable by whoever holds its random id and expires after the
-- anonymous retention period.
create table analysis (
    id            uuid         primary key,
    user_id       varchar(64),
    created_at    timestamptz  not null,
    -- SHA-256 of the input (see ContentKey): lets a deletion evict the cached copy of the result.
    content_key   char(64)     not null,
    completed     boolean      not null,
    monk_tone     smallint,
    season        varchar(32),
    retake_reason varchar(40),
    result        jsonb        not null
);
-- History pages: keyset on (created_at, id), newest first.
create index analysis_user_history on analysis (user_id, created_at desc, id desc) where user_id is not null;
create index analysis_anonymous_age on analysis (created_at) where user_id is null;

-- Photos kept with their owner's consent: re-encoded pixels (no metadata) and the full report,
-- each sealed with AES-256-GCM (nonce || ciphertext || tag, the analysis id as associated data).
create table kept_photo (
    analysis_id uuid         primary key references analysis (id) on delete cascade,
    user_id     varchar(64)  not null,
    media_type  varchar(40)  not null,
    width       integer      not null,
    height      integer      not null,
    key_id      char(16)     not null,
    photo       bytea        not null,
    report      bytea        not null,
    stored_at   timestamptz  not null,
    expires_at  timestamptz  not null
);
create index kept_photo_user on kept_photo (user_id);
create index kept_photo_expiry on kept_photo (expires_at);

-- Read model of the auth service's PreferencesChanged events: may this user's photos be kept?
-- changed_at orders the choices so that a late, older event cannot overwrite a newer choice.
create table photo_consent (
    user_id      varchar(64)  primary key,
    store_photos boolean      not null,
    changed_at   timestamptz  not null
);
