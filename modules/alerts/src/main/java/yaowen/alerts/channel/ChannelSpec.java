package yaowen.alerts.channel;

import java.util.Objects;
import yaowen.settings.Values;

/**
 * A channel as configured, before it is built ({@link Channels#create(ChannelSpec)}): its name, type and
 * the values of its {@link ChannelKeys}. Environment references in the values are still unresolved.
 */
public record ChannelSpec(String name, ChannelType type, Values values) {
    public ChannelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(values, "values");
    }
}
