export {
    DataTier,
    MysqlBackupArgs,
    MysqlBackupModel,
    MysqlBackupPlan,
    MysqlSyncMode,
    SLAVE_SYNC_MODE,
    ThreeNodeMysql,
    ThreeNodeMysqlArgs,
    ThreeNodeMysqlPlan,
    planThreeNodeMysql,
} from "./threeNodeMysql";
export { MultiAzRedis, MultiAzRedisArgs, MultiAzRedisPlan, planMultiAzRedis } from "./multiAzRedis";
export { MongodbMachineType, MultiAzMongodb, MultiAzMongodbArgs, MultiAzMongodbPlan, planMultiAzMongodb } from "./multiAzMongodb";
