package dev.stratus.platform.errors;

/** More was asked for than is in stock. */
public final class InsufficientStock extends DomainException {

	private final long requested;

	private final long available;

	public InsufficientStock(long requested, long available) {
		super("Insufficient stock available");
		this.requested = requested;
		this.available = available;
	}

	public long requested() {
		return requested;
	}

	public long available() {
		return available;
	}

}
