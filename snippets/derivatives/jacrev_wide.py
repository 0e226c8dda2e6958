import torch
from torch.autograd.functional import jacobian
from torch.func import jacfwd, jacrev
from torch.utils.flop_counter import FlopCounterMode


def flops(compute):
    # 矩阵乘法的浮点运算次数：只由形状决定，与机器无关
    with FlopCounterMode(display=False) as counter:
        compute()
    return counter.get_total_flops()


# 宽的雅可比矩阵：线性层（1 个输出、100 个输入特征）在 8 个样本上的均方误差，
# 对它的权重 W（1×100）求导：n = 100 个输入，m = 1 个输出
torch.manual_seed(0)
features = torch.randn(8, 100)
targets = torch.randn(8, 1)
W = torch.randn(1, 100)


def loss(W):
    return ((features @ W.T - targets) ** 2).mean()


J_fwd = jacfwd(loss)(W)
J_rev = jacrev(loss)(W)
# 形状是“输出的形状 () 接上 W 的形状 (1, 100)”，两者都与 jacobian 一致
print(J_fwd.shape, J_rev.shape)
#> torch.Size([1, 100]) torch.Size([1, 100])
print(torch.allclose(J_fwd, jacobian(loss, W)), torch.allclose(J_rev, jacobian(loss, W)))
#> True True

# 运算量：以算一次 loss 为 1 份
one = flops(lambda: loss(W))
print("jacfwd", flops(lambda: jacfwd(loss)(W)) // one, "份")
#> jacfwd 102 份
print("jacrev", flops(lambda: jacrev(loss)(W)) // one, "份")
#> jacrev 2 份
