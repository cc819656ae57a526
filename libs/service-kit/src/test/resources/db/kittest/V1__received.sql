create table received_event (
    event_id    uuid primary key,
    user_id     varchar(100) not null,
    -- arrival order, to check that events of one key are applied in the order they were written
    arrival     bigserial    not null
);
create table account (
    id varchar(100) primary key
);
