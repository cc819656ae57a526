-- The people this service notifies: address and name from UserRegistered, consent from
-- PreferencesChanged (either may arrive first). Opt-in: no consent until the identity service says so.
create table recipient (
    user_id        varchar(100) primary key,
    email          varchar(320),
    display_name   varchar(200),
    consent_emails boolean      not null default false,
    consent_push   boolean      not null default false,
    updated_at     timestamptz  not null default now()
);

-- Channels a user switched off per kind of notification (everything else is on).
create table muted_channel (
    user_id varchar(100) not null,
    kind    varchar(40)  not null,
    channel varchar(20)  not null,
    primary key (user_id, kind, channel)
);

-- The inbox. One notification per source event: the unique event id makes creation idempotent
-- even beside the kit's processed_event table. Never holds a secret link.
create table notification (
    id              uuid         primary key,
    user_id         varchar(100) not null,
    source_event_id uuid         not null unique,
    kind            varchar(40)  not null,
    title           varchar(200) not null,
    body            text         not null,
    data            jsonb        not null default '{}'::jsonb,
    created_at      timestamptz  not null,
    read_at         timestamptz
);
create index notification_inbox on notification (user_id, created_at desc, id desc);
create index notification_unread on notification (user_id) where read_at is null;

-- Browsers' push subscriptions (RFC 8030 §4); an endpoint is one browser profile.
create table push_subscription (
    id         uuid          primary key,
    user_id    varchar(100)  not null,
    endpoint   varchar(2048) not null unique,
    p256dh     bytea         not null,
    auth       bytea         not null,
    created_at timestamptz   not null,
    updated_at timestamptz   not null
);
create index push_subscription_user on push_subscription (user_id);

-- The delivery log, which is also the queue: one row per notification, channel and target (a push
-- subscription id, or '' for e-mail and WebSocket). The unique key means a redelivered event never
-- creates a second delivery. secret_url holds an account-security link only while the e-mail is
-- still to be sent; it is erased when the delivery ends.
create table delivery (
    id                 uuid         primary key,
    notification_id    uuid         not null references notification (id) on delete cascade,
    user_id            varchar(100) not null,
    channel            varchar(20)  not null,
    target             varchar(100) not null default '',
    address            varchar(320),
    state              varchar(20)  not null,
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz  not null,
    detail             text,
    last_error         text,
    secret_url         text,
    secret_expires_at  timestamptz,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    sent_at            timestamptz,
    dead_announced_at  timestamptz,
    constraint delivery_once unique (notification_id, channel, target),
    constraint delivery_state check (state in ('pending', 'failed', 'sent', 'dead', 'skipped', 'expired')),
    constraint delivery_secret_only_while_open check (secret_url is null or state in ('pending', 'failed'))
);
create index delivery_due on delivery (channel, next_attempt_at) where state in ('pending', 'failed');
create index delivery_user on delivery (user_id);
create index delivery_dead_unannounced on delivery (updated_at) where state = 'dead' and dead_announced_at is null;
