create table received_event (
    event_id uuid primary key,
    user_id  varchar(100) not null
);
create table account (
    id varchar(100) primary key
);
