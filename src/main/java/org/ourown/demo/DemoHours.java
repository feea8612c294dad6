package org.ourown.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the demo's short hours notation into HSDS schedule objects. */
final class DemoHours {

    private DemoHours() {}

    /** "WEEKLY MO,TU 09:00-17:00;MONTHLY 1SA 10:00-12:00", or "24h" for open all day, every day. */
    static List<Map<String, Object>> schedules(String key, String hours) {
        List<Map<String, Object>> schedules = new ArrayList<>();
        String[] lines = hours.split(";");
        for (int i = 0; i < lines.length; i++) {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("id", DemoDirectory.id("schedule", key + i).toString());
            if (lines[i].strip().equals("24h")) {
                schedule.put("freq", "WEEKLY");
                schedule.put("byday", "MO,TU,WE,TH,FR,SA,SU");
                schedule.put("description", "Open 24 hours");
            } else {
                String[] parts = lines[i].strip().split(" ");
                String[] times = parts[2].split("-");
                schedule.put("freq", parts[0]);
                schedule.put("byday", parts[1]);
                schedule.put("opens_at", times[0]);
                schedule.put("closes_at", times[1]);
            }
            schedules.add(schedule);
        }
        return schedules;
    }

    static String accessText(String feature) {
        return switch (feature) {
            case "wheelchair" -> "Step-free entrance and wheelchair access";
            case "accessible-restroom" -> "Accessible restroom";
            case "quiet-space" -> "A quiet room is available";
            default -> feature;
        };
    }
}
