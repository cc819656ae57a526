-- What each rotated refresh token was exchanged for (by hash), and whether a token was retired
-- without ever being presented: its predecessor came back within the lost-answer grace, so the
-- answer carrying it is presumed lost (docs/security.md "Refresh tokens and sessions").
alter table refresh_token add column successor_hash char(64);
alter table refresh_token add column retired_unused boolean not null default false;
