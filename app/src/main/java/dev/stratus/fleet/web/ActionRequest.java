package dev.stratus.fleet.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/fleet/instances/{instanceId}/reboot|start|stop}: why, for the audit log. */
record ActionRequest(@NotBlank @Size(min = 3, max = 500) String reason) {
}
