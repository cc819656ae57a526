package io.aifashion.identity.web;

import io.aifashion.identity.application.RefreshSession;
import io.aifashion.identity.application.RegisterAccount;
import io.aifashion.identity.application.RequestPasswordReset;
import io.aifashion.identity.application.ResendVerification;
import io.aifashion.identity.application.ResetPassword;
import io.aifashion.identity.application.SignIn;
import io.aifashion.identity.application.SignOut;
import io.aifashion.identity.application.VerifyEmail;
import io.aifashion.identity.domain.DisplayName;
import io.aifashion.identity.domain.EmailAddress;
import io.aifashion.identity.domain.Password;
import io.aifashion.identity.domain.PasswordPolicy;
import io.aifashion.identity.domain.SecretToken;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, e-mail verification, sign-in, token refresh, sign-out and password reset. All
 * public (no access token needed); responses carrying tokens are {@code Cache-Control: no-store}
 * (RFC 6749 §5.1). Answers that could reveal whether an address is registered are the same
 * either way.
 */
@RestController
@RequestMapping("/api/v1/auth")
public class AuthController {

    private static final Map<String, String> REGISTERED = Map.of("status", "pending-verification",
            "message", "Check your inbox: we have sent a link to verify the address.");
    private static final Map<String, String> LINK_SENT = Map.of("status", "accepted",
            "message", "If an account uses this address, a link is on its way to it.");

    private final RegisterAccount register;
    private final VerifyEmail verify;
    private final ResendVerification resend;
    private final SignIn signIn;
    private final RefreshSession refresh;
    private final SignOut signOut;
    private final RequestPasswordReset requestReset;
    private final ResetPassword reset;
    private final ClientAddresses clients;
    private final PasswordPolicy policy;
    private final Clock clock;

    public AuthController(RegisterAccount register, VerifyEmail verify, ResendVerification resend, SignIn signIn,
                          RefreshSession refresh, SignOut signOut, RequestPasswordReset requestReset,
                          ResetPassword reset, ClientAddresses clients, PasswordPolicy policy, Clock clock) {
        this.register = register;
        this.verify = verify;
        this.resend = resend;
        this.signIn = signIn;
        this.refresh = refresh;
        this.signOut = signOut;
        this.requestReset = requestReset;
        this.reset = reset;
        this.clients = clients;
        this.policy = policy;
        this.clock = clock;
    }

    /** 202: the account exists once the address is verified; the answer is the same for a taken address. */
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, String> register(@RequestBody RegisterRequest body) {
        FieldErrors errors = new FieldErrors();
        EmailAddress email = errors.read(() -> EmailAddress.parse(body.email()));
        Password password = errors.read(() -> Password.of(body.password(), Password.FIELD));
        DisplayName name = errors.read(() -> DisplayName.parse(body.displayName()));
        if (password != null) {
            // Judge the password now too, so that one answer names every problem.
            errors.read(() -> {
                policy.check(password, email, name, Password.FIELD);
                return password;
            });
        }
        errors.throwIfAny();
        register.register(email, password, name);
        return REGISTERED;
    }

    @PostMapping("/verify")
    public ResponseEntity<Void> verify(@RequestBody TokenRequest body) {
        verify.verify(SecretToken.parse(body.token(), "token"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/verify/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, String> resend(@RequestBody EmailRequest body) {
        resend.resend(EmailAddress.parse(body.email()));
        return LINK_SENT;
    }

    @PostMapping("/login")
    public ResponseEntity<TokenResponse> login(@RequestBody LoginRequest body, HttpServletRequest request) {
        FieldErrors errors = new FieldErrors();
        EmailAddress email = errors.read(() -> EmailAddress.parse(body.email()));
        Password password = errors.read(() -> Password.of(body.password(), Password.FIELD));
        errors.throwIfAny();
        return tokens(TokenResponse.of(signIn.signIn(email, password, clients.of(request)), clock));
    }

    @PostMapping("/refresh")
    public ResponseEntity<TokenResponse> refresh(@RequestBody RefreshRequest body) {
        return tokens(TokenResponse.of(refresh.refresh(SecretToken.parse(body.refreshToken(), "refreshToken")), clock));
    }

    @PostMapping("/logout")
    public ResponseEntity<Void> logout(@RequestBody RefreshRequest body) {
        signOut.signOut(SecretToken.parse(body.refreshToken(), "refreshToken"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, String> requestReset(@RequestBody EmailRequest body) {
        requestReset.request(EmailAddress.parse(body.email()));
        return LINK_SENT;
    }

    @PostMapping("/password-reset/confirm")
    public ResponseEntity<Void> confirmReset(@RequestBody PasswordResetRequest body) {
        FieldErrors errors = new FieldErrors();
        SecretToken token = errors.read(() -> SecretToken.parse(body.token(), "token"));
        Password password = errors.read(() -> Password.of(body.newPassword(), ResetPassword.FIELD));
        errors.throwIfAny();
        reset.reset(token, password);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<TokenResponse> tokens(TokenResponse body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
    }
}
