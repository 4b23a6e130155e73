package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Reads the Unix file types a zip's central directory records, which {@code java.util.zip} does not show: an
 * archive made on Unix can mark an entry as a symbolic link (its content is then the link's target), and
 * unpacked by a tool that honours it, later entries would be written through the link.
 */
final class ZipFileTypes {

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ENTRY_SIGNATURE = 0x02014b50;

	private static final int END_SIZE = 22;

	private static final int ENTRY_SIZE = 46;

	private static final int UNIX_HOST = 3;

	private static final int TYPE_MASK = 0xF000;

	private static final int REGULAR_FILE = 0x8000;

	private static final int DIRECTORY = 0x4000;

	private ZipFileTypes() {
	}

	/**
	 * @return the names of entries that are neither regular files nor directories (links, devices, pipes)
	 * @throws ZipException when the file is not a zip, or a ZIP64 one (larger than any archive accepted here)
	 */
	static Set<String> specialEntries(Path zip) throws IOException {
		try (FileChannel channel = FileChannel.open(zip)) {
			ByteBuffer end = endRecord(channel);
			int count = Short.toUnsignedInt(end.getShort(end.position() + 10));
			long directorySize = Integer.toUnsignedLong(end.getInt(end.position() + 12));
			long directoryOffset = Integer.toUnsignedLong(end.getInt(end.position() + 16));
			if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL
					|| directoryOffset + directorySize > channel.size()) {
				throw new ZipException("ZIP64 or damaged central directory");
			}
			ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
			Set<String> special = new HashSet<>();
			int at = 0;
			for (int i = 0; i < count; i++) {
				if (at + ENTRY_SIZE > directory.limit() || directory.getInt(at) != ENTRY_SIGNATURE) {
					throw new ZipException("Damaged central directory");
				}
				int host = Short.toUnsignedInt(directory.getShort(at + 4)) >>> 8;
				int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
				int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
				int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
				int type = (directory.getInt(at + 38) >>> 16) & TYPE_MASK;
				if (at + ENTRY_SIZE + nameLength > directory.limit()) {
					throw new ZipException("Damaged central directory");
				}
				if (host == UNIX_HOST && type != 0 && type != REGULAR_FILE && type != DIRECTORY) {
					byte[] name = new byte[nameLength];
					directory.get(at + ENTRY_SIZE, name);
					special.add(new String(name, StandardCharsets.UTF_8));
				}
				at += ENTRY_SIZE + nameLength + extraLength + commentLength;
			}
			return special;
		}
	}

	/** The end-of-central-directory record, found from the end (a comment of up to 64 KiB may follow it). */
	private static ByteBuffer endRecord(FileChannel channel) throws IOException {
		long size = channel.size();
		int length = (int) Math.min(size, END_SIZE + 0xFFFF);
		ByteBuffer tail = read(channel, size - length, length);
		for (int at = length - END_SIZE; at >= 0; at--) {
			if (tail.getInt(at) == END_SIGNATURE) {
				return tail.position(at);
			}
		}
		throw new ZipException("Not a zip archive");
	}

	private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, offset + buffer.position()) < 0) {
				throw new ZipException("Truncated zip archive");
			}
		}
		return buffer.flip();
	}

}
