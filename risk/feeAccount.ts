/** The exchange's own account that collects fees (and pays maker rebates): core account number = trading accounts. */
export const FEE_ACCOUNT_ID = 'FEES';
