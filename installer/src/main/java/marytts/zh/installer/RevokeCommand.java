package marytts.zh.installer;

import marytts.neural.clone.CloneService;
import marytts.neural.clone.EnrollmentException;

/** {@code revoke NAME}: withdraws a cloned voice's consent. */
public final class RevokeCommand implements Command {
    @Override
    public String name() {
        return "revoke";
    }

    @Override
    public String summary() {
        return "revoke a cloned voice's consent: remove it, its weights and its cache entries";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] revoke NAME\n"
                + "Records the consent of cloned voice NAME as revoked in MARY_BASE/consent/revoked (copies of\n"
                + "the package are refused by the server and the installer from then on), deletes\n"
                + "MARY_BASE/neural-voices/NAME (adapted embedding, copied models, consent record) and its\n"
                + "speaker-embedding cache entries. A running server refuses the voice at its next request.";
    }

    @Override
    public int run(Args args, Context ctx) throws AdminException, UsageException {
        String name = args.expect(1, 1, "NAME").get(0);
        try (InstallLock lock = InstallLock.acquire(ctx.base())) {
            CloneService.Revocation r = CloneCommands.service(ctx.base()).revoke(name);
            ctx.out().println("revoked " + name + ": " + (r.voiceRemoved() ? "voice removed, " : "")
                    + (r.consentId() == null ? "" : "consent " + r.consentId() + " revoked, ") + r.cacheFilesRemoved()
                    + " cache file(s) removed");
            return ExitCodes.OK;
        } catch (EnrollmentException e) {
            throw new AdminException(e.getMessage(), e);
        }
    }
}
