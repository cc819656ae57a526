package io.aifashion.identity.domain;

import java.time.Instant;

/** Signs access tokens. */
public interface AccessTokenIssuer {

    IssuedAccessToken issue(Account account, Instant now);
}
