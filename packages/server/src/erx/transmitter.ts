/**
 * Electronic prescribing goes through an adapter, so a network (e.g. an NCPDP SCRIPT gateway) can
 * replace the shipped one without touching order signing. The shipped `OutboxTransmitter` delivers
 * to the clinic's own outbox (`erx_outbox`, listed at GET /api/v1/erx-outbox): the signed
 * prescription is recorded there, ready to be inspected, printed or phoned in.
 */
export interface Prescription {
  /** The outbox entry carrying this prescription (one per signed order). */
  outboxId: string;
  orderId: string;
  patient: { id: string; name: string; dateOfBirth: string };
  prescriber: {
    id: string;
    name: string;
    credential: string | null;
    npi: string | null;
    /** Only for a controlled substance. */
    dea: string | null;
  };
  drug: string;
  strength: string | null;
  sig: string;
  quantity: number | null;
  refills: number | null;
  pharmacy: string | null;
  controlled: boolean;
  schedule: string | null;
  signedAt: string;
}

export interface TransmitResult {
  status: 'sent' | 'failed';
  /** The receiving system's reference (the outbox's own id for the shipped adapter). */
  reference: string | null;
  /** Why a transmission failed, without health information (it is stored and shown to staff). */
  error?: string;
}

export interface PrescriptionTransmitter {
  readonly name: string;
  transmit(prescription: Prescription): Promise<TransmitResult>;
}

/** The shipped adapter: the outbox row itself is the delivery; its reference names the entry. */
export class OutboxTransmitter implements PrescriptionTransmitter {
  readonly name = 'outbox';
  async transmit(prescription: Prescription): Promise<TransmitResult> {
    return { status: 'sent', reference: `OUTBOX-${prescription.outboxId.slice(0, 8).toUpperCase()}` };
  }
}
