/** The norms and their statuses moved to src/report (the board's overview uses them too). */
export { norms, normTitle, type Norm, type NormStatus } from "../report/norms";
