export { CkafkaEdition, MultiAzCkafka, MultiAzCkafkaArgs, MultiAzCkafkaPlan, planMultiAzCkafka } from "./multiAzCkafka";
