package accounts;

import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;

public class AccountService extends ServiceImpl<AccountMapper, Account> {

    public void lockAll(Account locked) {
        update(locked, null); // expect: update-without-where "`update(locked, null)` updates every row of the table of `Account`; add a condition to the wrapper"
        this.update(new UpdateWrapper<Account>().set("locked", true)); // expect: update-without-where
    }

    public void lockOne(Account account) {
        updateById(account); // clean: by id
        update(new UpdateWrapper<Account>().set("locked", true).eq("id", account.getId())); // clean: a condition
    }
}
