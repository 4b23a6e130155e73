package dev.stratus.platform.lambda;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.stratus.platform.workflow.TaskFailure;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * Turns a task's {@link TaskFailure} into an exception whose class name is the failure's error name, as in
 * {@code INVALID_ID}, so that the Lambda runtime reports that name as the error type and a workflow's
 * {@code ErrorEquals} matches on AWS exactly as in the local engine. Java has no other way to set the type; the
 * class (a subclass of {@link TaskError} with one constructor) is written with Spring's copy of ASM, once per name.
 * A name a class cannot have keeps {@link TaskError} as its type and the name in the message.
 */
final class TaskErrors {

	/** Names a JVM class may have outside {@code java.*}: no {@code / ; [}, no empty segment. */
	private static final Pattern CLASS_NAME = Pattern.compile("(?!java\\.)[^./;\\[\\s]+(\\.[^./;\\[\\s]+)*");

	private static final String BASE = Type.getInternalName(TaskError.class);

	private static final Definer DEFINER = new Definer(TaskError.class.getClassLoader());

	private static final Map<String, Constructor<? extends TaskError>> NAMED = new ConcurrentHashMap<>();

	private TaskErrors() {
	}

	static TaskError of(TaskFailure failure) {
		if (!CLASS_NAME.matcher(failure.error()).matches()) {
			return new TaskError(failure.error() + ": " + failure.cause());
		}
		try {
			return NAMED.computeIfAbsent(failure.error(), TaskErrors::define).newInstance(failure.cause());
		}
		catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot make the error " + failure.error(), ex);
		}
	}

	private static Constructor<? extends TaskError> define(String errorName) {
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
		writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, errorName.replace('.', '/'), null, BASE,
				null);
		MethodVisitor constructor = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "(Ljava/lang/String;)V", null,
				null);
		constructor.visitCode();
		constructor.visitVarInsn(Opcodes.ALOAD, 0);
		constructor.visitVarInsn(Opcodes.ALOAD, 1);
		constructor.visitMethodInsn(Opcodes.INVOKESPECIAL, BASE, "<init>", "(Ljava/lang/String;)V", false);
		constructor.visitInsn(Opcodes.RETURN);
		constructor.visitMaxs(0, 0);
		constructor.visitEnd();
		writer.visitEnd();
		try {
			return DEFINER.define(errorName, writer.toByteArray())
				.asSubclass(TaskError.class)
				.getConstructor(String.class);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A loader of its own: the error classes belong to no package of the app. */
	private static final class Definer extends ClassLoader {

		Definer(ClassLoader parent) {
			super(parent);
		}

		synchronized Class<?> define(String name, byte[] bytes) {
			return defineClass(name, bytes, 0, bytes.length);
		}

	}

}
