-- Service-kit tables, present in every service's database. The kit's migrations use versions
-- below 1 so that each service's own migrations can start at V1 in the same Flyway history.

-- Transactional outbox (Richardson, "Microservices Patterns", 2018, ch. 3): an event is written
-- in the same transaction as the state change that caused it and relayed to Kafka afterwards,
-- so that a broker outage delays an event but never loses it.
create table outbox_event (
    seq          bigserial    primary key,
    id           uuid         not null unique,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(100) not null,
    envelope     text         not null,
    traceparent  varchar(64),
    created_at   timestamptz  not null default now(),
    published_at timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;

-- Idempotent consumer: the ids of events a consumer has applied. The row is inserted in the same
-- transaction as the event's effects, so a redelivered event finds it and is skipped.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
