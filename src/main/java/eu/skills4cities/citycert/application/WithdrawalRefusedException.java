package eu.skills4cities.citycert.application;

/** The application can no longer be withdrawn: the certification decision has been taken, or it is closed. */
public class WithdrawalRefusedException extends RuntimeException {

    public WithdrawalRefusedException(String applicationNumber) {
        super("Application " + applicationNumber + " can no longer be withdrawn");
    }
}
