package accounts;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;

class AccountJob {

    private final AccountMapper accounts;
    private final AccountService service;

    AccountJob(AccountMapper accounts, AccountService service) {
        this.accounts = accounts;
        this.service = service;
    }

    void everyRow(Account template) {
        accounts.update(template, null); // expect: update-without-where "`accounts.update(template, null)` updates every row of the table of `Account`"
        accounts.update(null); // expect: update-without-where
        accounts.update(null, new UpdateWrapper<Account>().set("locked", true)); // expect: update-without-where
        accounts.update(Wrappers.<Account>lambdaUpdate().set(Account::getLocked, true)); // expect: update-without-where
        service.update(template, Wrappers.update()); // expect: update-without-where
        LambdaUpdateWrapper<Account> unlock = new LambdaUpdateWrapper<>();
        unlock.set(Account::getLocked, false).setSql("version = version + 1");
        accounts.update(null, unlock); // expect: update-without-where
    }

    void filtered(Account account, UpdateWrapper<Account> given) {
        accounts.update(account, new UpdateWrapper<Account>().eq("id", account.getId())); // clean: a condition
        accounts.update(Wrappers.<Account>lambdaUpdate().set(Account::getLocked, true).in(Account::getId, 1, 2)); // clean: a condition
        accounts.updateById(account); // clean: by id
        accounts.update(account, given); // clean: a parameter, not known here
        service.updateById(account); // clean: by id
        service.update(account, new UpdateWrapper<Account>().likeRight("name", "x")); // clean: a condition
        LambdaUpdateWrapper<Account> one = new LambdaUpdateWrapper<>();
        one.set(Account::getLocked, true);
        one.eq(Account::getId, account.getId());
        accounts.update(null, one); // clean: a condition on the variable
    }
}
