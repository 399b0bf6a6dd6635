export {
    DataTier,
    MysqlBackupArgs,
    MysqlSyncMode,
    SLAVE_SYNC_MODE,
    ThreeNodeMysql,
    ThreeNodeMysqlArgs,
    ThreeNodeMysqlPlan,
    planThreeNodeMysql,
} from "./threeNodeMysql";
export { MultiAzRedis, MultiAzRedisArgs, MultiAzRedisPlan, planMultiAzRedis } from "./multiAzRedis";
export { MultiAzMongodb, MultiAzMongodbArgs, MultiAzMongodbPlan, planMultiAzMongodb } from "./multiAzMongodb";
