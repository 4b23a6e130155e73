package dev.stratus.platform.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/** The invocation context of an event no Lambda runtime sent: priming, tests and the init benchmark. */
record SyntheticContext(String requestId, String functionName) implements Context {

	@Override
	public String getAwsRequestId() {
		return requestId;
	}

	@Override
	public String getLogGroupName() {
		return "/aws/lambda/" + functionName;
	}

	@Override
	public String getLogStreamName() {
		return requestId;
	}

	@Override
	public String getFunctionName() {
		return functionName;
	}

	@Override
	public String getFunctionVersion() {
		return "$LATEST";
	}

	@Override
	public String getInvokedFunctionArn() {
		return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
	}

	@Override
	public @Nullable CognitoIdentity getIdentity() {
		return null;
	}

	@Override
	public @Nullable ClientContext getClientContext() {
		return null;
	}

	@Override
	public int getRemainingTimeInMillis() {
		return 30_000;
	}

	@Override
	public int getMemoryLimitInMB() {
		return 2048;
	}

	@Override
	public LambdaLogger getLogger() {
		return new LambdaLogger() {

			@Override
			public void log(String message) {
				LoggerFactory.getLogger(functionName).info(message);
			}

			@Override
			public void log(byte[] message) {
				log(new String(message, java.nio.charset.StandardCharsets.UTF_8));
			}

		};
	}

}
