import torch
from torch import nn

# 要拟合的直线：y = 2x + 1
X = torch.tensor([[0.0], [1.0], [2.0], [3.0]])
y = 2 * X + 1

torch.manual_seed(0)
net = nn.Linear(1, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.02)

# 忘了 optimizer.zero_grad()：每次 backward() 的梯度都加在旧梯度上
for step in range(10):
    loss = nn.MSELoss()(net(X), y)
    loss.backward()
    optimizer.step()
    # step() 只改参数，不动 .grad；打印的是这一步用来更新的梯度
    print(f"{step}: loss {loss.item():7.4f}  grad {net.weight.grad.item():8.4f}")
    #> 0: loss 17.1116  grad -15.4431
    #> 1: loss 11.8579  grad -28.3071
    #> 2: loss  4.7339  grad -36.4465
    #> 3: loss  0.3270  grad -38.5094
    #> 4: loss  1.4737  grad -34.1648
    #> 5: loss  7.4326  grad -24.1581
    #> 6: loss 14.3621  grad -10.1855
    #> 7: loss 17.7950  grad   5.3913
    #> 8: loss 15.5164  grad  19.9420
    #> 9: loss  8.9905  grad  31.0106
