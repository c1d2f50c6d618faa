package dev.wecruit.work.internal;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.ObjectMapper;

/**
 * Task data as JSON rather than db-scheduler's default Java serialization: readable in the table, stable across
 * class changes, and never a deserialization gadget.
 */
final class JsonTaskData implements Serializer {

    private final ObjectMapper json;

    JsonTaskData(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(Object data) {
        return json.writeValueAsBytes(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] serialized) {
        return json.readValue(serialized, type);
    }
}
