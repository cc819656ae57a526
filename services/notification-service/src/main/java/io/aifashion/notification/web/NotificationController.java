package io.aifashion.notification.web;

import io.aifashion.kit.security.CurrentUser;
import io.aifashion.kit.web.ApiProblem;
import io.aifashion.notification.application.ChangePreferences;
import io.aifashion.notification.application.ReadInbox;
import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelPreferences;
import io.aifashion.notification.domain.InboxPage;
import io.aifashion.notification.domain.NotificationKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's inbox and notification preferences. */
@RestController
@RequestMapping("/api/v1/notifications")
public class NotificationController {

    private final ReadInbox inbox;
    private final ChangePreferences preferences;

    public NotificationController(ReadInbox inbox, ChangePreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    /** Newest first; pass {@code nextCursor} back as {@code cursor} for the next page. */
    @GetMapping
    public InboxView list(@RequestParam(defaultValue = "20") int limit,
                          @RequestParam(required = false) String cursor,
                          @RequestParam(defaultValue = "false") boolean unread) {
        InboxPage page = inbox.page(CurrentUser.require(), limit, InboxCursors.decode(cursor), unread);
        return new InboxView(page.items().stream().map(NotificationView::of).toList(),
                InboxCursors.encode(page.next()), page.unreadCount());
    }

    @PostMapping("/{id}/read")
    public NotificationView markRead(@PathVariable UUID id) {
        return NotificationView.of(inbox.markRead(CurrentUser.require(), id));
    }

    @GetMapping("/preferences")
    public PreferencesView preferences() {
        return view(preferences.view(CurrentUser.require()));
    }

    /** Replaces the channel switches; anything not mentioned is on. */
    @PutMapping("/preferences")
    public PreferencesView replacePreferences(@RequestBody PreferencesBody body) {
        return view(preferences.replace(CurrentUser.require(), parse(body)));
    }

    static ChannelPreferences parse(PreferencesBody body) {
        if (body == null || body.channels() == null) {
            throw ApiProblem.badRequest("channels", "is required: an object of notification types to channel switches");
        }
        Map<NotificationKind, Set<Channel>> muted = new EnumMap<>(NotificationKind.class);
        String configurable = NotificationKind.configurable().stream().map(NotificationKind::wireName)
                .collect(Collectors.joining(", "));
        for (Map.Entry<String, Map<String, Boolean>> kindEntry : body.channels().entrySet()) {
            String kindField = "channels." + kindEntry.getKey();
            NotificationKind kind = NotificationKind.fromWire(kindEntry.getKey()).orElseThrow(() ->
                    ApiProblem.badRequest(kindField, "is not a notification type; use one of " + configurable));
            if (kind.security()) {
                throw ApiProblem.badRequest(kindField,
                        "account-security e-mails are always sent and cannot be switched off");
            }
            if (kindEntry.getValue() == null) {
                throw ApiProblem.badRequest(kindField, "must be an object of channel switches");
            }
            for (Map.Entry<String, Boolean> channelEntry : kindEntry.getValue().entrySet()) {
                String channelField = kindField + "." + channelEntry.getKey();
                Channel channel = Channel.fromWire(channelEntry.getKey()).orElseThrow(() ->
                        ApiProblem.badRequest(channelField, "is not a channel; use websocket, email or push"));
                if (channelEntry.getValue() == null) {
                    throw ApiProblem.badRequest(channelField, "must be true or false");
                }
                if (!channelEntry.getValue()) {
                    muted.computeIfAbsent(kind, k -> EnumSet.noneOf(Channel.class)).add(channel);
                }
            }
        }
        return new ChannelPreferences(muted);
    }

    private static PreferencesView view(ChangePreferences.View v) {
        Map<String, Map<String, Boolean>> channels = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.configurable()) {
            Map<String, Boolean> on = new LinkedHashMap<>();
            for (Channel c : Channel.values()) {
                on.put(c.wireName(), v.preferences().allows(kind, c));
            }
            channels.put(kind.wireName(), on);
        }
        return new PreferencesView(channels, new PreferencesView.Consent(v.consent().email(), v.consent().push()),
                v.emailKnown(), v.pushAvailable());
    }
}
