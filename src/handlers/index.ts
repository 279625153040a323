/** Every webhook handler, in the order they run for one delivery. */
import { advisoryPublishedHandler, advisoryReportedHandler } from "./advisory.js";
import { commentHandler } from "./comments.js";
import { installationHandler } from "./installation.js";
import { issueIntakeHandler } from "./issues.js";
import { publicCommentHandler, publicIssueHandler, pullRequestHandler } from "./public-issues.js";
import { installationHealthHandler, policyPullRequestHandler } from "./policy-checks.js";
import { pushHandler } from "./push.js";
import { releaseHandler, tagHandler } from "./releases.js";
import type { Handler } from "./router.js";
import { visibilityHandler } from "./visibility.js";

export const HANDLERS: readonly Handler[] = [installationHandler, visibilityHandler, pushHandler, advisoryReportedHandler, advisoryPublishedHandler, issueIntakeHandler, commentHandler, releaseHandler, tagHandler, publicIssueHandler, publicCommentHandler, pullRequestHandler, policyPullRequestHandler, installationHealthHandler];
