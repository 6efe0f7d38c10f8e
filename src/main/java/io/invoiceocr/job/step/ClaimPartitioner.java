package io.invoiceocr.job.step;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per partition number of the claim, as many as the claim dealt (not the grid size
 * of the moment: a restart on a machine with fewer cores must still read every partition). Each
 * partition's context names the claim and its number, and is saved with it, so that a restart
 * reads the same documents.
 */
class ClaimPartitioner implements Partitioner {

	static final String PARTITION = "claim.partition";

	private final long claimExecution;

	private final int claimPartitions;

	/** @throws IllegalStateException when the run's context holds no claim: its claim step did not run */
	static ClaimPartitioner ofClaim(Long claimExecution, Integer claimPartitions) {
		if (claimExecution == null || claimPartitions == null) {
			throw new IllegalStateException("no claim in this run's context: the claim step did not run");
		}
		return new ClaimPartitioner(claimExecution, claimPartitions);
	}

	ClaimPartitioner(long claimExecution, int claimPartitions) {
		this.claimExecution = claimExecution;
		this.claimPartitions = claimPartitions;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < claimPartitions; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putLong(ClaimTasklet.CLAIM_EXECUTION, claimExecution);
			context.putInt(PARTITION, i);
			partitions.put("partition" + i, context);
		}
		return partitions;
	}

}
