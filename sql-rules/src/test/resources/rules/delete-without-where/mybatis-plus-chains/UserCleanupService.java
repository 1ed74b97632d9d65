package fixtures.mybatisplus;

import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import com.baomidou.mybatisplus.extension.toolkit.ChainWrappers;
import com.baomidou.mybatisplus.extension.toolkit.Db;
import java.time.LocalDate;

class UserCleanupService extends ServiceImpl<UserMapper, User> {

    private final UserMapper userMapper;

    UserCleanupService(UserMapper userMapper) {
        this.userMapper = userMapper;
    }

    void everyRow() {
        lambdaUpdate().remove(); // expect: delete-without-where "`lambdaUpdate().remove()` deletes every row of User; add a condition (eq(...), in(...)) that selects the rows"
        update().remove(); // expect: delete-without-where
        ChainWrappers.updateChain(userMapper).remove(); // expect: delete-without-where "every row of userMapper"
        Db.lambdaUpdate(User.class).remove(); // expect: delete-without-where "every row of User"
    }

    void filtered(LocalDate cutoff) {
        lambdaUpdate().eq(User::getStatus, 0).remove(); // clean: eq
        update().eq("status", 0).remove(); // clean: eq
        ChainWrappers.updateChain(userMapper).lt("last_login", cutoff).remove(); // clean: lt
        Db.lambdaUpdate(User.class).lt(User::getLastLogin, cutoff).remove(); // clean: lt
    }
}
