-- The peer fixture service's personal data: items a user saved, keyed by user id.
create table peer_item (
    id      bigserial    primary key,
    user_id varchar(64)  not null,
    item    varchar(100) not null
);
