-- The recommendation service's own state (docs/recommendations.md).
--
-- Three kinds of table live here:
--   * read models fed by other services' events (product, user_palette, user_preferences);
--   * the interaction log, this service's source of truth (interaction): append-only;
--   * read models derived from the log (user_item), which `rebuild` truncates and replays.

-- Products as the product service announces them (ProductUpserted / ProductRemoved). A removal keeps
-- the row with removed_at set, so that the change counter below moves and every instance notices.
create sequence catalogue_change_seq;

create table product (
    id              text         primary key,
    sku             text         not null,
    name            text         not null,
    brand           text,
    gender          text,
    master_category text,
    sub_category    text,
    article_type    text,
    price           numeric(14, 2),
    currency        text,
    in_stock        boolean      not null,
    primary_hex     text,
    primary_l       double precision,
    primary_a       double precision,
    primary_b       double precision,
    primary_family  text         not null,
    season_tags     text[]       not null default '{}',
    usage           text,
    image_url       text,
    first_seen_at   timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    removed_at      timestamptz,
    -- Raised on every change: instances poll max(change_seq) to know when to reload the catalogue.
    change_seq      bigint       not null default nextval('catalogue_change_seq')
);
create index product_change on product (change_seq);

-- A user's current palette (PaletteGenerated); the colours per role as a JSON document.
create table user_palette (
    user_id     text             primary key,
    analysis_id text,
    season      text             not null,
    confidence  double precision not null,
    colours     jsonb            not null,
    event_id    uuid             not null,
    received_at timestamptz      not null
);

-- A user's shopping preferences as they stand (PreferencesChanged carries the full state).
create table user_preferences (
    user_id          text        primary key,
    gender           text,
    sizes            text[]      not null default '{}',
    budget_min       numeric(14, 2),
    budget_max       numeric(14, 2),
    currency         text,
    favourite_colors text[]      not null default '{}',
    disliked_colors  text[]      not null default '{}',
    style_tags       text[]      not null default '{}',
    event_id         uuid        not null,
    updated_at       timestamptz not null
);

-- The interaction log: every accepted interaction, in the order it was accepted (seq). Rows are never
-- updated; they are deleted only when the user's account is (UserDeleted: deletion wins).
create table interaction (
    seq           bigserial   primary key,
    id            uuid        not null unique,
    user_id       text        not null,
    product_id    text        not null,
    kind          text        not null check (kind in ('view', 'click', 'like', 'dislike', 'add-to-cart', 'purchase')),
    occurred_at   timestamptz not null,
    recorded_at   timestamptz not null default now(),
    experiment_id uuid,
    variant       text
);
create index interaction_user on interaction (user_id, seq);

-- Derived from the log: one row per (user, product) with the folded implicit-feedback state
-- (summed weights, purchase and dislike flags). Rebuilt by replaying the log.
create table user_item (
    user_id    text             not null,
    product_id text             not null,
    weight     double precision not null,
    purchased  boolean          not null,
    disliked   boolean          not null,
    events     integer          not null,
    first_at   timestamptz      not null,
    last_at    timestamptz      not null,
    primary key (user_id, product_id)
);

-- A/B experiments over ranking variants.
create table experiment (
    id          uuid        primary key,
    name        text        not null,
    description text,
    status      text        not null check (status in ('running', 'stopped')),
    created_by  text,
    created_at  timestamptz not null,
    stopped_at  timestamptz
);
-- At most one experiment runs at a time: a user sees one ranking, so two concurrent experiments
-- would confound each other.
create unique index experiment_one_running on experiment ((true)) where status = 'running';

create table experiment_variant (
    experiment_id   uuid             not null references experiment (id),
    position        integer          not null,
    name            text             not null,
    algorithm       text             not null,
    diversity       double precision not null,
    traffic_percent integer          not null check (traffic_percent between 1 and 100),
    primary key (experiment_id, position),
    unique (experiment_id, name)
);

-- A user saw recommendations under a variant (the unit of analysis is the user).
create table experiment_exposure (
    experiment_id uuid        not null references experiment (id),
    user_id       text        not null,
    variant       text        not null,
    first_at      timestamptz not null,
    last_at       timestamptz not null,
    primary key (experiment_id, user_id)
);

-- Which products a user was shown under the experiment: conversions count only on these.
create table experiment_exposed_item (
    experiment_id uuid        not null references experiment (id),
    user_id       text        not null,
    product_id    text        not null,
    first_at      timestamptz not null,
    primary key (experiment_id, user_id, product_id)
);

-- A click, add-to-cart or purchase on a product the user was shown under the experiment.
create table experiment_conversion (
    experiment_id  uuid        not null references experiment (id),
    interaction_id uuid        not null,
    user_id        text        not null,
    product_id     text        not null,
    variant        text        not null,
    kind           text        not null,
    occurred_at    timestamptz not null,
    primary key (experiment_id, interaction_id)
);
create index experiment_conversion_user on experiment_conversion (experiment_id, user_id);
