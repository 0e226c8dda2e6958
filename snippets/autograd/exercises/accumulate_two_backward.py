import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

(x * x).sum().backward()
# 第一次：d(Σx²)/dx = 2x
print(x.grad)
#> tensor([2., 4., 6.])

(3 * x).sum().backward()
# 第二次的梯度 3 没有覆盖旧值，而是加了上去：2x + 3
print(x.grad)
#> tensor([5., 7., 9.])
print(torch.equal(x.grad, 2 * x.detach() + 3))
#> True
