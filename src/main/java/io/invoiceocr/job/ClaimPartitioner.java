package io.invoiceocr.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per partition number of the claim. Each partition's context names the claim and
 * its number, and is saved with it, so that a restart reads the same documents.
 */
class ClaimPartitioner implements Partitioner {

	static final String PARTITION = "claim.partition";

	private final long claimExecution;

	ClaimPartitioner(long claimExecution) {
		this.claimExecution = claimExecution;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < gridSize; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putLong(ClaimTasklet.CLAIM_EXECUTION, claimExecution);
			context.putInt(PARTITION, i);
			partitions.put("partition" + i, context);
		}
		return partitions;
	}

}
