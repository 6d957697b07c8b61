// A barrel that imports its functions and exports them again with a local list.
import { describeTable, executeQuery, executeSelect } from "./queries";

export { describeTable, executeQuery, executeSelect };
