// Fallback readiness probe for the local Kafka node, used by kafka.sh when node_modules/kafkajs
// is not installed yet. Run as a single-file source program on the broker's own classpath:
//   java -cp '.local/cache/kafka-<v>/libs/*' deploy/local/kafka/WaitReady.java 127.0.0.1:9092
// Same criterion as wait-ready.js: metadata answers and the group coordinator answers.
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

public class WaitReady {
  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args.length > 0 ? args[0] : "127.0.0.1:9092");
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
    String security = System.getenv().getOrDefault("LOKET_KAFKA_SECURITY", "plaintext");
    if (security.startsWith("sasl")) {
      p.put("security.protocol", "SASL_PLAINTEXT");
      p.put("sasl.mechanism", "SCRAM-SHA-512");
      p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
          + System.getenv("LOKET_KAFKA_USERNAME") + "\" password=\"" + System.getenv("LOKET_KAFKA_PASSWORD") + "\";");
    }
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "8000");
    try (Admin admin = Admin.create(p)) {
      int brokers = admin.describeCluster().nodes().get().size();
      if (brokers == 0) throw new IllegalStateException("no brokers");
      String state;
      try {
        state = admin.describeConsumerGroups(List.of("loket-readiness-probe")).all().get()
            .get("loket-readiness-probe").groupState().toString();
      } catch (ExecutionException e) {
        // Kafka 4 answers "group not found" for an unknown group: that answer comes from the
        // group coordinator, so the coordinator is up.
        if (!(e.getCause() instanceof GroupIdNotFoundException)) throw e;
        state = "no such group";
      }
      System.out.println("brokers=" + brokers + " coordinator ok (" + state + ")");
    } catch (Exception e) {
      System.err.println("kafka not ready: " + e);
      System.exit(1);
    }
  }
}
