import torch
from torch.autograd.functional import jacobian
from torch.func import jacfwd, jacrev
from torch.utils.flop_counter import FlopCounterMode


def flops(compute):
    # 矩阵乘法的浮点运算次数：只由形状决定，与机器无关
    with FlopCounterMode(display=False) as counter:
        compute()
    return counter.get_total_flops()


# 高的雅可比矩阵：线性层（1 个输出、3 个输入特征）对 1000 个样本的预测，
# 对它的权重 W（1×3）求导：n = 3 个输入，m = 1000 个输出
torch.manual_seed(0)
features = torch.randn(1000, 3)
W = torch.randn(1, 3)


def predict(W):
    return features @ W.T


J_fwd = jacfwd(predict)(W)
J_rev = jacrev(predict)(W)
# 形状是“输出的形状 (1000, 1) 接上 W 的形状 (1, 3)”，两者都与 jacobian 一致
print(J_fwd.shape)
#> torch.Size([1000, 1, 1, 3])
print(torch.allclose(J_fwd, jacobian(predict, W)), torch.allclose(J_rev, jacobian(predict, W)))
#> True True

# 运算量：以算一次 predict 为 1 份
one = flops(lambda: predict(W))
print("jacfwd", flops(lambda: jacfwd(predict)(W)) // one, "份")
#> jacfwd 5 份
print("jacrev", flops(lambda: jacrev(predict)(W)) // one, "份")
#> jacrev 1001 份
