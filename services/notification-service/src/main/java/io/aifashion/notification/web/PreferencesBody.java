package io.aifashion.notification.web;

import java.util.Map;

/**
 * Channel preferences, in and out: per notification type, each channel on or off. In a
 * replacement, a type or channel left out is on.
 */
public record PreferencesBody(Map<String, Map<String, Boolean>> channels) {
}
