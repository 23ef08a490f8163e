"""The Review mode: the leads' queue, the evidence viewer with zoom and pan, and the decide panel."""
