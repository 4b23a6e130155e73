package dev.stratus.platform.lambda;

import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.stratus.platform.jobs.JobPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * One job's worker as a function triggered by the job's queue ({@code STRATUS_JOB=<job name>}, as in
 * {@code orders}): each record goes to the job's handler exactly as the in-process worker hands it
 * ({@link JobPipeline#deliver}), which also sets a failed record's back-off. The answer is a partial batch
 * response (the event source mapping needs {@code ReportBatchItemFailures}): only the records not finished with
 * go back to the queue, and after the queue's maxReceiveCount to its dead-letter queue. A record that is no
 * message of the job (a poison message) fails alone, so it ends there too without holding up the others.
 */
public class QueueHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

	private static final Logger log = LoggerFactory.getLogger(QueueHandler.class);

	private static final LambdaApplication APP = LambdaApplication.get();

	private final JobPipeline<?> job;

	public QueueHandler() {
		this(LambdaApplication.setting("STRATUS_JOB"));
	}

	QueueHandler(String jobName) {
		List<JobPipeline<?>> jobs = APP.jobs();
		this.job = jobs.stream()
			.filter(candidate -> candidate.job().name().equals(jobName))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("STRATUS_JOB names no job: " + jobName + "; jobs: "
					+ jobs.stream().map(candidate -> candidate.job().name()).sorted().toList()));
	}

	@Override
	public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
		List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
		for (SQSEvent.SQSMessage record : event.getRecords()) {
			if (!finished(record)) {
				failures.add(new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
			}
		}
		return new SQSBatchResponse(failures);
	}

	private boolean finished(SQSEvent.SQSMessage record) {
		try {
			return job.deliver(message(record));
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("job", job.job().name())
				.addKeyValue("messageId", record.getMessageId())
				.log("Record not delivered: {}: {}", ex.getClass().getSimpleName(), ex.getMessage());
			return false;
		}
	}

	/** The record as the SDK's receive would have given it, receive count included. */
	static Message message(SQSEvent.SQSMessage record) {
		return Message.builder()
			.messageId(record.getMessageId())
			.receiptHandle(record.getReceiptHandle())
			.body(record.getBody())
			.attributesWithStrings(record.getAttributes() == null ? java.util.Map.of() : record.getAttributes())
			.build();
	}

}
