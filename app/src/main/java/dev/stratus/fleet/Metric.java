package dev.stratus.fleet;

/** The instance metrics the console charts, each with the unit CloudWatch keeps it in. */
public enum Metric {

	CPUUtilization("Percent"), NetworkIn("Bytes"), NetworkOut("Bytes"), DiskReadBytes("Bytes"),
	DiskWriteBytes("Bytes"), StatusCheckFailed("Count");

	private final String unit;

	Metric(String unit) {
		this.unit = unit;
	}

	public String unit() {
		return unit;
	}

}
