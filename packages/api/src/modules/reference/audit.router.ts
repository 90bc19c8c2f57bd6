import { permittedProcedure, router } from "../../trpc.ts";
import { listAudit } from "./audit.service.ts";
import { ZListAuditInput } from "./schemas.ts";

export const auditRouter = router({
  list: permittedProcedure("audit.read")
    .input(ZListAuditInput)
    .query(({ ctx, input }) => listAudit(ctx, ctx.actor, input)),
});
