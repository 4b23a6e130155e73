package dev.stratus.platform.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/**
 * The HTTP API as a Lambda function behind an API Gateway HTTP API (payload format 2.0): each event goes through
 * the app's servlet filters, security and controllers as a request to the server would. The application starts
 * in the init phase, when the runtime loads this class, and is primed there (or before SnapStart's snapshot).
 * What the request left to be written later (API keys' usage) is written before the invocation returns: the
 * runtime sends the answer then, and may freeze the instance right after.
 */
public class ApiHandler implements RequestStreamHandler {

	private static final LambdaApplication APP = LambdaApplication.get();

	@Override
	public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
		try {
			APP.container().proxyStream(input, output, context);
		}
		finally {
			APP.writeHeldState();
		}
	}

}
