/** The example policy of PRODUCT.md, as the benchmark's repository carries it. */
export const POLICY = `# Security Policy

## Supported Versions

| Version | Supported          |
| ------- | ------------------ |
| 1.0.x   | :white_check_mark: |
| < 1.0   | :x:                |

## Reporting a Vulnerability

### Our Commitment

- We will acknowledge receipt of your report within 3 business days
- We will provide a more detailed response within 10 business days with our evaluation of the vulnerability and expected resolution timeline

### Public Disclosure Process

1. Security report is received and is assigned a primary handler
2. The issue is confirmed and a list of affected software is determined
3. Code is audited to find any potential similar problems
4. Fixes are prepared for all releases still under maintenance
5. Fixes are applied and new releases are deployed
6. A security advisory is published with details of the vulnerability and the fix

Security updates will be released as patch versions (e.g., 1.0.1, 1.0.2).
`;
