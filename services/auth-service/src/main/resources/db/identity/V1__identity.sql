-- The identity context's tables. Every table that refers to an account does so with
-- "on delete cascade", so deleting the account row erases everything about the user at once.

create table account (
    id                uuid         primary key,
    email             varchar(254) not null unique,
    display_name      varchar(60)  not null,
    -- Argon2id in the PHC string format ($argon2id$v=19$m=19456,t=2,p=1$salt$hash); never a password.
    password_hash     varchar(255) not null,
    roles             varchar(100) not null,
    email_verified_at timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);

create table profile (
    account_id           uuid primary key references account (id) on delete cascade,
    gender               varchar(20),
    sizes                text[]        not null default '{}',
    budget_min           numeric(9, 2),
    budget_max           numeric(9, 2),
    budget_currency      char(3),
    favourite_colors     text[]        not null default '{}',
    disliked_colors      text[]        not null default '{}',
    style_tags           text[]        not null default '{}',
    consent_store_photos boolean       not null default false,
    consent_emails       boolean       not null default false,
    consent_push         boolean       not null default false,
    updated_at           timestamptz   not null,
    constraint budget_range check (budget_min is null or budget_max is null or budget_min <= budget_max)
);

-- A session: the family of refresh tokens that descend from one sign-in (RFC 6749 §10.4 rotation).
create table refresh_family (
    id                uuid        primary key,
    account_id        uuid        not null references account (id) on delete cascade,
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    last_refreshed_at timestamptz,
    revoked_at        timestamptz,
    revoked_reason    varchar(40)
);
create index refresh_family_account on refresh_family (account_id);
create index refresh_family_expiry on refresh_family (expires_at);

-- Refresh tokens by SHA-256 hash; rotated ones are kept until the family expires so that a replay
-- is recognised as one.
create table refresh_token (
    id         uuid        primary key,
    family_id  uuid        not null references refresh_family (id) on delete cascade,
    token_hash char(64)    not null unique,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    rotated_at timestamptz
);
create index refresh_token_family on refresh_token (family_id);

-- Single-use e-mail links (verification, password reset) by SHA-256 hash.
create table one_time_token (
    token_hash char(64)    primary key,
    account_id uuid        not null references account (id) on delete cascade,
    purpose    varchar(30) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index one_time_token_account on one_time_token (account_id, purpose);

-- Failed sign-in counters per e-mail hash ("account:<sha256>") and per client IP ("address:<ip>").
create table login_attempt (
    subject         varchar(120) primary key,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz
);
create index login_attempt_age on login_attempt (last_failure_at);

-- Access-token signing keys (ES256, P-256). The private JWK is sealed with AES-256-GCM under the
-- key-encryption key from configuration, with the kid as associated data; the public JWK is
-- published at /.well-known/jwks.json until publish_until.
create table signing_key (
    kid            varchar(64)  primary key,
    algorithm      varchar(10)  not null,
    public_jwk     text         not null,
    sealed_private bytea        not null,
    created_at     timestamptz  not null,
    retired_at     timestamptz,
    publish_until  timestamptz
);
-- At most one key signs at a time.
create unique index signing_key_one_active on signing_key ((true)) where retired_at is null;
